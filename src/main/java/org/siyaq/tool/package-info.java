/** A tool declared once: its typed parameters, read from an API request or a page address alike. */
package org.siyaq.tool;
