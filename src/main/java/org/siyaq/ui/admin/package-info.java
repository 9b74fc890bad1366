/** The instructor's pages: signing in, and loading, describing, sharing and removing corpora. */
package org.siyaq.ui.admin;
