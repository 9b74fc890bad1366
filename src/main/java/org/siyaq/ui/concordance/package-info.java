/** The concordance (keyword in context) view with its distribution by document. */
package org.siyaq.ui.concordance;
