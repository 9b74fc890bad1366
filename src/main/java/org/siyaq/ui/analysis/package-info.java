/** The word panel: a word's analysis at every level, opened by a click on a word in the concordance, the word list or the reader. */
package org.siyaq.ui.analysis;
