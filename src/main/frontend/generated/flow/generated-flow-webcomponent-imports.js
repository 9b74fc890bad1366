import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'e5536e8a520e9c1e60de453c1a81fa6c2ff76d0aca8d0bee6ad7ca4dfb78e988') {
    pending.push(import('./chunks/chunk-e4b4807151fa6ee2a2fdda5809b04d1ef5847f019d4c74c0d9e18fa8884afef6.js'));
  }
  if (key === '6803fafb944812900c2569963a701824e9a8d78143a8967adb6c126497f490a9') {
    pending.push(import('./chunks/chunk-7c14b4a824e34239f63e3aa7fa645c45b132a3cc62e7afc87d1c671482b4b700.js'));
  }
  if (key === '66f76dc5b4e6f9d768db8e0b5ae5db1e09c077911f0f6918066c2a9059348f67') {
    pending.push(import('./chunks/chunk-31b645cea8a3db378d42c28e4ed8da0b83e131565e66c316576416d5938f18f5.js'));
  }
  if (key === '2466355d20b1859cb4acab9acb6258fa3717f4463e294282e2aa8a1dc3f2eb3b') {
    pending.push(import('./chunks/chunk-7c14b4a824e34239f63e3aa7fa645c45b132a3cc62e7afc87d1c671482b4b700.js'));
  }
  if (key === 'e6fc2e1d11c3a79e6cbc10a5f6a387f91a72b09a904c36d144e4fa256210bf52') {
    pending.push(import('./chunks/chunk-7c14b4a824e34239f63e3aa7fa645c45b132a3cc62e7afc87d1c671482b4b700.js'));
  }
  if (key === '91947c08e92037254c6815de95519894bac7a64dfefd385219795ab0191222b5') {
    pending.push(import('./chunks/chunk-e5eeff7ad889fae7aa1c3191e76cb73e6476fab86dc25623373ed530552e187d.js'));
  }
  if (key === '537b0b2bf35d7f663250c3b6618b9723cba87a8b0d9ed9ec1a973c43ab3dcf03') {
    pending.push(import('./chunks/chunk-9df947632b3e42b0088a694d8dc1fa88218dc1c2229c50d3ae83914da61858fd.js'));
  }
  if (key === 'a47d7b2159fea653c5366e002c43d60fd8cda479c08b2a1995fac68729132f64') {
    pending.push(import('./chunks/chunk-7c14b4a824e34239f63e3aa7fa645c45b132a3cc62e7afc87d1c671482b4b700.js'));
  }
  if (key === '11e58483cd37671a3a63d05eb4c39fe5ffd95202fe91d270b94f5611e0a67990') {
    pending.push(import('./chunks/chunk-7c14b4a824e34239f63e3aa7fa645c45b132a3cc62e7afc87d1c671482b4b700.js'));
  }
  if (key === '78ceb30518a0818955b928c4790db83b9624f99748404df91d418e0a0c3878dc') {
    pending.push(import('./chunks/chunk-b115e05c24f01594c45c12839023e5501934cf0e6ac9e95f499a39cdd327f0a9.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}