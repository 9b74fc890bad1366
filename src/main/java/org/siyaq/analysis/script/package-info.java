/** Transliteration of Arabic script (Buckwalter), shared by the analysis and its morphology. */
package org.siyaq.analysis.script;
