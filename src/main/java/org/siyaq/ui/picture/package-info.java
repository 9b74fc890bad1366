/** Pictures drawn on the server as SVG text, every user string escaped, with their downloads as SVG and PNG. */
package org.siyaq.ui.picture;
