/** Keywords: the words a target corpus or sub-corpus uses more (or less) than a reference, by keyness. */
package org.siyaq.keywords;
