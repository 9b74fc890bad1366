/** The frequency table of a corpus: frequency, range and dispersion of every word, with type/token figures. */
package org.siyaq.wordlist;
