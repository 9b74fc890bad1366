/** A student's own text, pasted or dropped, analysed in memory for the browser session only. */
package org.siyaq.ui.owntext;
