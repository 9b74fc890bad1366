/** Corpora and documents: their descriptions, the H2 store, indexing new texts, and the registry of corpora open for queries. */
package org.siyaq.corpus;
