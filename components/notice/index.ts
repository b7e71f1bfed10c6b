export { NOTICE_CSS } from './notice-css';
export { SchoolDeviceNotice, type SchoolDeviceNoticeProps } from './SchoolDeviceNotice';
