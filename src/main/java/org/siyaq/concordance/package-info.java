/** Keyword-in-context lines, their sort orders, and the distribution of hits over documents. */
package org.siyaq.concordance;
