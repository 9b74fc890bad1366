/** Collocates of a node: surface co-occurrence in a window, with the association measures of {@code statistics.md}. */
package org.siyaq.collocation;
