/** Help where a query is typed: the CQL cheat sheet and the query builder that writes CQL. */
package org.siyaq.ui.query;
