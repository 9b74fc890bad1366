/** N-grams (clusters): contiguous sequences of 2 to 6 tokens inside a document, with frequency and range. */
package org.siyaq.ngram;
