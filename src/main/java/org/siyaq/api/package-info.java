/** The HTTP API: thin JSON and CSV controllers over the feature services, with one error format. */
package org.siyaq.api;
