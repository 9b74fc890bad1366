/** The collocates view: association measures of the words around a node. */
package org.siyaq.ui.collocation;
