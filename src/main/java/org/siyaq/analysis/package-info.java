/** Arabic text analysis: cleaning, tokens with offsets, and the five levels form, norm, stem, lemma and root. */
package org.siyaq.analysis;
