/** Dispersion of a query's hits: where in each document they fall, and how evenly they spread (Gries' DP). */
package org.siyaq.dispersion;
