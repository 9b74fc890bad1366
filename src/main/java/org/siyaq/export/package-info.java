/** Result tables as named columns, shared by the JSON API and the CSV export, and the CSV writer itself. */
package org.siyaq.export;
