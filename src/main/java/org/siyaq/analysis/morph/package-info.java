/** Arabic morphology behind the {@code lemma} and {@code root} levels: a full-form dictionary, clitics, patterns (wazn) and attested roots. */
package org.siyaq.analysis.morph;
