import { n as e, r as t } from "./copilot-notification-BnxWYvla.js";
e();
export { t as showNotification };
