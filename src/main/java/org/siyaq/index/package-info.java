/** The in-memory index of a corpus: the interned lexicon, the token stream and postings, and their compact binary encoding for the store. */
package org.siyaq.index;
