/** The Keywords page: a corpus or sub-corpus against a reference, with its keyness table and word cloud. */
package org.siyaq.ui.keywords;
