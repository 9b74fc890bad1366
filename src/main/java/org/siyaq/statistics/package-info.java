/** Small terms the statistics of several tools share (log-likelihood cells, the half put for a zero count). */
package org.siyaq.statistics;
