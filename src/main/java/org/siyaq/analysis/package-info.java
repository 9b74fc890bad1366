/** Arabic text analysis: cleaning, tokens with offsets, and the four levels form, norm, stem and root. */
package org.siyaq.analysis;
