/** The document list and the reader that shows one document with a highlighted hit. */
package org.siyaq.ui.documents;
