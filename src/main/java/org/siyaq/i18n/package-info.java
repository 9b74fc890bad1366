/** The message catalogue: every string a person reads, in English and Arabic, looked up by key. */
package org.siyaq.i18n;
