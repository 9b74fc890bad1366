/** Turning what an instructor brings (uploaded files, archives, a folder on the server) into documents to index, within set limits. */
package org.siyaq.corpus.load;
