import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/progress-bar/src/vaadin-progress-bar.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'bb1635afc3327b4ef3a6d1443920f5ae41d3110397316db001c1f679743af10d') {
    pending.push(import('./chunks/chunk-903c3e71f57d5ab8e02458302bcb8d4f3a740c3fe82bb77ca3f246c3227296cf.js'));
  }
  if (key === 'e364a67eb67b10b8201c044d95e1d570ea4234aeb72833d0d90bad12050c95d7') {
    pending.push(import('./chunks/chunk-74394754e6ee7e5654965ab4ea78af418ec4e5752ac8d5d1f2519ec2221f9fcf.js'));
  }
  if (key === 'd3939d111eb75e605f73877237137d620ca1de5c192e2ed4b38c66ccc434d1ba') {
    pending.push(import('./chunks/chunk-19ae010e563e0330e6bb703ccd34b8b4228777a1ac9d8a9e41b112a72c24de63.js'));
  }
  if (key === 'a5c2faf867e233e7900e04820116a6e306cc8c2e9f1c8add00ad11f15a5251d6') {
    pending.push(import('./chunks/chunk-939627e87e0d39857650d20afcf65f3babebac4e636d38d3eb06399e5505688b.js'));
  }
  if (key === 'f5c17ee3f35bbab5d848c2a3d1043c580efb8a26ee72e6a4442e662a7ece906a') {
    pending.push(import('./chunks/chunk-19ae010e563e0330e6bb703ccd34b8b4228777a1ac9d8a9e41b112a72c24de63.js'));
  }
  if (key === '69c92cd177cfb580dfc2b9a680175d97f9298769a169ca1d089b123c5fa41db4') {
    pending.push(import('./chunks/chunk-c30ff08d6214d165e1c47b5f64500ba7beb7760cd74a31287d6b1567c1c32c77.js'));
  }
  if (key === '90b7033c2da31479559b389d452a16a212eff7f4287a271bbd9848606d18eedf') {
    pending.push(import('./chunks/chunk-63b7b813346624ccb924249bfebb36904f0d2a88ad118835d14e9a3883413238.js'));
  }
  if (key === 'b3d33660d810ee45754040f994ce305b37318b32de1641093e4406312b5219e5') {
    pending.push(import('./chunks/chunk-94314dba30eac0ba76a32d63f742c76fbdb09b0162a9065ef346f442a4643bf4.js'));
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