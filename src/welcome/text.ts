/**
 * The welcome page's text (issue 17), zh first. Kept out of src/i18n/zh.ts and en.ts: only the
 * welcome page needs it, and the side panel's bundle stays as it was. Same keys in both (typed).
 */
const zh = {
  'welcome.title': '欢迎使用 星级卫士',
  'welcome.lead': '星级卫士在您浏览 My Alibaba 卖家后台时读取页面上已经显示的订单和物流表格，按平台公布的星等级规则计算，并在轨迹可视率申诉期关闭前、或再有一单卖家责任退款就会触发 RTS 处罚前提醒您。',
  'welcome.local': '所有数据只保存在本浏览器的配置文件中：没有服务器、没有账号，从不发送任何数据，也从不向后台发送请求。',
  'welcome.pages.heading': '哪些后台页面提供哪些数据',
  'welcome.pages.intro': '打开下面的页面（翻页也算），星级卫士就会读取。每个数据旁都会显示上次读取的时间和需要打开哪个页面来更新。',
  'welcome.pages.page': '页面',
  'welcome.pages.where': '在哪里',
  'welcome.pages.feeds': '提供',
  'welcome.pages.open': '打开',
  'welcome.figure.tracking': '轨迹可视率与申诉期限',
  'welcome.figure.disputes': 'RTS 卖家责任纠纷',
  'welcome.figure.coverage': '保障升级覆盖率',
  'welcome.figure.star': '星等级预测与按时发货率',
  'welcome.figure.radar': '商品雷达整改期限',
  'welcome.figure.shipping': '按时发货率与约定发货日期',
  'welcome.pin.heading': '固定图标并打开侧边栏',
  'welcome.pin.step1': '点击浏览器工具栏上的拼图图标（扩展程序），在“星级卫士”旁点击图钉，把图标固定到工具栏。',
  'welcome.pin.step2': '点击星级卫士图标：弹出窗口显示待办数量和最近的截止日期。',
  'welcome.pin.step3': '在弹出窗口中点击“打开侧边栏”：侧边栏列出全部待办（按截止日期排序）、总览、页面读取诊断、设置和导出。',
  'welcome.site.heading': '星级卫士还不认识的后台网站',
  'welcome.site.body': '星级卫士只在阿里巴巴卖家后台读取页面。如果您的某个后台页面位于它还不认识的网站上，在该页面打开星级卫士弹出窗口，点击“在此网站启用星级卫士”，并在浏览器的提示中允许。您可以随时在浏览器的扩展程序设置中收回这一权限。',
  'welcome.privacy': '隐私政策',
  'welcome.privacy.summary': '读取什么、保存在哪里、如何导出和删除全部数据：',
  'welcome.start': '现在就打开 My Alibaba',
} as const;

export type WelcomeKey = keyof typeof zh;

const en: Record<WelcomeKey, string> = {
  'welcome.title': 'Welcome to StarGuard',
  'welcome.lead': 'While you browse the My Alibaba seller back office, StarGuard reads the order and shipment tables the pages already show, scores them with the platform\'s published star-level rules, and warns you before a tracking-visibility appeal window closes or one more seller-fault refund would trigger an RTS penalty.',
  'welcome.local': 'All data stays in this browser profile: no server, no account, nothing is ever sent anywhere, and StarGuard never sends a request to the back office.',
  'welcome.pages.heading': 'Which back-office pages feed which figures',
  'welcome.pages.intro': 'Open the pages below (paging through a list counts) and StarGuard reads them. Every figure shows when its page was last read and which page to open to refresh it.',
  'welcome.pages.page': 'Page',
  'welcome.pages.where': 'Where',
  'welcome.pages.feeds': 'Feeds',
  'welcome.pages.open': 'Open',
  'welcome.figure.tracking': 'Tracking visibility rate and appeal deadlines',
  'welcome.figure.disputes': 'RTS seller-fault disputes',
  'welcome.figure.coverage': 'Delivery guarantee coverage',
  'welcome.figure.star': 'Star level forecast and on-time shipping',
  'welcome.figure.radar': 'Product radar rectification deadlines',
  'welcome.figure.shipping': 'On-time shipping and ship-by dates',
  'welcome.pin.heading': 'Pin the icon and open the side panel',
  'welcome.pin.step1': 'Click the puzzle-piece icon (Extensions) in the browser toolbar and click the pin next to StarGuard to keep its icon in the toolbar.',
  'welcome.pin.step2': 'Click the StarGuard icon: the popup shows your to-do counts and the next deadline.',
  'welcome.pin.step3': 'Click "Open side panel" in the popup: the side panel lists every to-do item by deadline, the overview, page reads, settings and export.',
  'welcome.site.heading': 'A back-office site StarGuard does not know yet',
  'welcome.site.body': 'StarGuard reads pages only on the Alibaba.com seller back office. If one of your back-office pages lives on a site it does not know yet, open the StarGuard popup on that page, click "Enable StarGuard on this site" and allow it when the browser asks. You can take the permission back at any time in the browser\'s extension settings.',
  'welcome.privacy': 'Privacy policy',
  'welcome.privacy.summary': 'What is read, where it is stored, how to export and delete everything:',
  'welcome.start': 'Open My Alibaba now',
};

export const WELCOME_TEXT: Record<'zh' | 'en', Record<WelcomeKey, string>> = { zh, en };

/** My Alibaba home (PORTAL.md). */
export const MY_ALIBABA_URL = 'https://i.alibaba.com/index.htm';
