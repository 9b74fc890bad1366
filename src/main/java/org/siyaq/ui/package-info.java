/** The web UI's shell and shared parts: layout, language and direction, URL state, background work. */
package org.siyaq.ui;
