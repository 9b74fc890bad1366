/** Real-browser end-to-end tests: the running application driven through headless Chromium with Selenium. */
package org.siyaq.browser;
