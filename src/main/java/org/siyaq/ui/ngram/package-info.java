/** The n-gram (cluster) view. */
package org.siyaq.ui.ngram;
