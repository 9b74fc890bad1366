/** The word list (frequency table) view. */
package org.siyaq.ui.wordlist;
