/** Hits of a query per value of a metadata field, or per year or month of the documents' dates. */
package org.siyaq.distribution;
