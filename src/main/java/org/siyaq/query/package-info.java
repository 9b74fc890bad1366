/** The query language of arabic.md: parsing what a user typed, finding its matches, deadlines and shared result caches. */
package org.siyaq.query;
