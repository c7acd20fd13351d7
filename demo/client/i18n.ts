/** Every user-visible string of the demo portal, Chinese first, then English. */
import type { ExportMethod, OrderStatus, Transport } from '../store/types';

export type Lang = 'zh' | 'en';

const zh = {
  portal: '我的阿里巴巴', demo: '演示', memberId: '会员ID', switchLang: 'English', home: '首页',
  navLogistics: '商家物流表现', navOrders: '所有订单', navDisputes: '交易成长中心', navStar: '商家星等级',
  navRadar: '商品雷达', navProof: '提交物流凭证', navTracking: '查看追踪详情', navOrderDetail: '订单详情',
  indexIntro: '这是一个虚构店铺的本地演示后台，数据由固定种子生成，所有日期相对于“今天”。',
  today: '今天',
  myOrders: '我的订单', statsDate: '数据统计日期', windowText: (from: string, to: string) => `对应考核范围为发货日期在 ${from} 至 ${to} 之间的订单`,
  onlyUntraceable: '仅看物流轨迹不可追踪的订单',
  trackingRate: '轨迹可视率', colTaOrder: '信保订单号', colDestination: '目的国', colExportMethod: '出口方式',
  colTransport: '物流方式', colShipTerms: '发货方式', colShipDate: '发货时间', colTraceable: '物流是否可追踪', colActions: '操作',
  appeal: '发起申诉', viewTracking: '查看追踪详情', yes: '是', no: '否', notEvaluated: '-',
  appealPending: '申诉中', appealRejected: '申诉未通过', appealApproved: '申诉通过',
  appealDialogTitle: '发起物流轨迹申诉', appealDialogBody: (id: string) => `确认对信保订单 ${id} 发起物流轨迹申诉？请准备物流单号及承运商官网或 17track/快递100 的轨迹截图。`,
  appealSubmitted: (id: string) => `订单 ${id} 的申诉已提交，平台将在7个自然日内完成审核。`,
  ok: '确定', cancel: '取消', empty: '暂无数据', unknownOrder: (id: string) => `找不到订单 ${id}`,
  appealHint: '订单轨迹不达标，可在首次披露7日内，在信用保障订单维度发起申诉',
  colTrackingNo: '物流单号', colCarrier: '承运商', colUploadedAt: '上传时间',
  allOrders: '所有订单', tradeManagement: '交易管理', colOrderNo: '订单号', colBuyer: '买家', colAmount: '订单金额', colStatus: '订单状态',
  colPlacedAt: '下单时间', colPaidAt: '付款时间', colTags: '订单标签', colDraftedBy: '起草方',
  draftedBuyer: '买家起草', draftedSeller: '卖家起草', tagRts: 'RTS', tagGuarantee: '到货保障', tagTa: '信保', tagSample: '样品',
  orderInfo: '订单信息', shippingInfo: '发货信息', actualShipDate: '实际发货日期', agreedShipDate: '约定发货日期',
  exportAndTransport: '出口与运输方式', tradeTerm: '贸易术语', receivedAt: '确认收货日期', logisticsInfo: '物流信息',
  batch: (n: number) => `批次 ${n}`, colLocation: '地点', colDescription: '描述', colTime: '时间', noEvents: '暂无物流轨迹',
  noShipments: '尚未发货', refundInfo: '退款信息', refundReason: '退款原因', refundDate: '退款时间', submitProof: '提交物流凭证',
  tradeGrowth: '交易成长中心', rtsDisputes: 'RTS商家有责纠纷', disputeRate: '有责纠纷率', disputeCount: '有责纠纷单量',
  disputeRule: '近60天RTS商家有责纠纷率达3单且有责纠纷率>2%时, 相关RTS商品会被下架并影响搜索排序。',
  colGuaranteeNo: '担保单号', colOrderTime: '订单时间', colDisputeNo: '纠纷单号', colRefundReason: '退款原因',
  colRefundDate: '退款时间',
  starLevel: '商家星等级', track: '当前赛道', trackRts: '快速交易', trackCustom: '定制', forecast: '预测星级',
  stars: (n: number) => (n === 0 ? '无星级' : `${n}星`), abilities: '能力分', merchantRts: '商品力', merchantCustom: '商家力',
  marketing: '营销力', transaction: '交易力', assurance: '保障力', assuranceMetrics: '保障力指标',
  onTimeRate: '按时发货率', dueOrders: '应发订单数', guaranteeRate: '到货保障覆盖率', riskHealth: '风险健康分', reviewScore: '买家评价分',
  colMetric: '指标', colValue: '我的表现', points: (n: number) => `${n}分`, dueOrdersText: (n: number) => `应发订单数：${n}单`, trackNoData: '演示店铺只提供快速交易赛道的数据',
  radar: '商品雷达', radarIntro: '疑似知识产权侵权商品会有7天内整改期限，到期未整改会进行下架处理',
  colProduct: '问题产品', colOwner: '负责人', colProblem: '问题明细', colIssuedAt: '下发时间', colRemaining: '整改期限',
  remaining: (n: number) => `${n}天后将被下架并扣分`, editProduct: '编辑商品', radarAppeal: '申诉', radarAppealPending: '申诉中',
  radarAppealTitle: '商品雷达申诉（限1次/任务）', radarAppealBody: (p: string) => `确认对商品 ${p} 的雷达任务发起申诉？每个任务仅可申诉1次。`,
  proofTitle: '提交物流凭证', carrier: '承运商', shippingMethod: '物流方式', trackingNumber: '物流单号', submit: '提交',
  selectPlaceholder: '请选择', proofSubmitted: (id: string) => `订单 ${id} 的物流凭证已提交。`,
};

const en: typeof zh = {
  portal: 'My Alibaba', demo: 'Demo', memberId: 'Member ID', switchLang: '中文', home: 'Home',
  navLogistics: 'Logistics Performance', navOrders: 'All Orders', navDisputes: 'Trade Growth Center', navStar: 'Merchant Star Level',
  navRadar: 'Product Radar', navProof: 'Upload Logistics Proof', navTracking: 'View Tracking Details', navOrderDetail: 'Order Details',
  indexIntro: 'A local demo back office of a fictional store. The data comes from a fixed seed; every date is relative to "today".',
  today: 'Today',
  myOrders: 'My Orders', statsDate: 'Statistics date', windowText: (from, to) => `Covers orders shipped between ${from} and ${to}`,
  onlyUntraceable: 'Show only orders whose tracking is not traceable',
  trackingRate: 'Tracking visibility rate', colTaOrder: 'Trade Assurance Order No.', colDestination: 'Destination', colExportMethod: 'Export Method',
  colTransport: 'Shipping Method', colShipTerms: 'Delivery Terms', colShipDate: 'Shipping Date', colTraceable: 'Logistics Traceable', colActions: 'Actions',
  appeal: 'Appeal', viewTracking: 'View Tracking Details', yes: 'Yes', no: 'No', notEvaluated: '-',
  appealPending: 'Under appeal', appealRejected: 'Appeal rejected', appealApproved: 'Appeal approved',
  appealDialogTitle: 'Appeal tracking result', appealDialogBody: (id) => `Appeal the tracking result of Trade Assurance order ${id}? Have the tracking number and a screenshot of the carrier's, 17track's or Kuaidi100's tracking page ready.`,
  appealSubmitted: (id) => `Appeal for order ${id} submitted. The platform reviews it within 7 calendar days.`,
  ok: 'OK', cancel: 'Cancel', empty: 'No data', unknownOrder: (id) => `Order ${id} not found`,
  appealHint: 'Orders that fail tracking visibility can be appealed per Trade Assurance order within 7 days of first disclosure',
  colTrackingNo: 'Tracking No.', colCarrier: 'Carrier', colUploadedAt: 'Upload Time',
  allOrders: 'All Orders', tradeManagement: 'Orders', colOrderNo: 'Order No.', colBuyer: 'Buyer', colAmount: 'Order Amount', colStatus: 'Order Status',
  colPlacedAt: 'Order Time', colPaidAt: 'Payment Time', colTags: 'Tags', colDraftedBy: 'Drafted By',
  draftedBuyer: 'Buyer', draftedSeller: 'Seller', tagRts: 'RTS', tagGuarantee: 'On-time Delivery', tagTa: 'Trade Assurance', tagSample: 'Sample',
  orderInfo: 'Order Information', shippingInfo: 'Shipping Information', actualShipDate: 'Actual Shipping Date', agreedShipDate: 'Agreed Shipping Date',
  exportAndTransport: 'Export and shipping method', tradeTerm: 'Trade Term', receivedAt: 'Receipt Confirmed', logisticsInfo: 'Logistics Information',
  batch: (n) => `Batch ${n}`, colLocation: 'Location', colDescription: 'Description', colTime: 'Time', noEvents: 'No tracking events yet',
  noShipments: 'Not shipped yet', refundInfo: 'Refund', refundReason: 'Refund Reason', refundDate: 'Refund Date', submitProof: 'Upload Logistics Proof',
  tradeGrowth: 'Trade Growth Center', rtsDisputes: 'RTS Seller-responsible Disputes', disputeRate: 'Seller-responsible dispute rate', disputeCount: 'Seller-responsible disputes',
  disputeRule: 'When RTS seller-responsible disputes in the last 60 days reach 3 and the rate exceeds 2%, the RTS products concerned are delisted and demoted in search.',
  colGuaranteeNo: 'Trade Assurance Order No.', colOrderTime: 'Order Time', colDisputeNo: 'Dispute No.', colRefundReason: 'Refund Reason',
  colRefundDate: 'Refund Date',
  starLevel: 'Merchant Star Level', track: 'Track', trackRts: 'Fast Trade', trackCustom: 'Customization', forecast: 'Forecast star rating',
  stars: (n) => (n === 0 ? 'No star' : `${n} ${n === 1 ? 'star' : 'stars'}`), abilities: 'Ability scores', merchantRts: 'Product ability', merchantCustom: 'Merchant ability',
  marketing: 'Marketing ability', transaction: 'Transaction ability', assurance: 'Assurance ability', assuranceMetrics: 'Assurance metrics',
  onTimeRate: 'On-time Shipping Rate', dueOrders: 'Orders Due to Ship', guaranteeRate: 'On-time Delivery Coverage', riskHealth: 'Risk Health Score', reviewScore: 'Buyer Review Score',
  colMetric: 'Metric', colValue: 'My performance', points: (n) => `${n} pts`, dueOrdersText: (n) => `Orders due to ship: ${n}`, trackNoData: 'The demo store has data for the fast-trade track only',
  radar: 'Product Radar', radarIntro: 'Products suspected of IP infringement must be fixed within 7 days or they are delisted.',
  colProduct: 'Product', colOwner: 'Owner', colProblem: 'Issue Details', colIssuedAt: 'Issued at', colRemaining: 'Time Left',
  remaining: (n) => `Delisted in ${n} days with points deducted`, editProduct: 'Edit Product', radarAppeal: 'Appeal', radarAppealPending: 'Under appeal',
  radarAppealTitle: 'Product radar appeal (1 per task)', radarAppealBody: (p) => `Appeal the radar task of product ${p}? Each task can be appealed once.`,
  proofTitle: 'Upload Logistics Proof', carrier: 'Carrier', shippingMethod: 'Shipping method', trackingNumber: 'Tracking number', submit: 'Submit',
  selectPlaceholder: 'Please select', proofSubmitted: (id) => `Logistics proof for order ${id} submitted.`,
};

export const TEXT: Record<Lang, typeof zh> = { zh, en };
export type Text = typeof zh;

export const EXPORT_METHOD: Record<ExportMethod, Record<Lang, string>> = {
  convenient: { zh: '便捷发货', en: 'Convenient Shipping' },
  self: { zh: '自营出口', en: 'Self Export' },
  onetouch: { zh: '一达通代理出口', en: 'OneTouch Agent Export' },
  market_procurement: { zh: '市场采购出口', en: 'Market Procurement Export' },
};

export const TRANSPORT: Record<Transport, Record<Lang, string>> = {
  express: { zh: '快递', en: 'Express' },
  postal: { zh: '邮政', en: 'Postal' },
  ocean: { zh: '海运', en: 'Ocean' },
  air: { zh: '空运', en: 'Air' },
  land: { zh: '陆运', en: 'Land' },
};

export const ORDER_STATUS: Record<OrderStatus, Record<Lang, string>> = {
  awaiting_payment: { zh: '待付款', en: 'Awaiting payment' },
  paid: { zh: '待发货', en: 'Awaiting shipment' },
  shipped: { zh: '已发货', en: 'Shipped' },
  received: { zh: '已收货', en: 'Received' },
  completed: { zh: '交易完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  refunded: { zh: '已退款', en: 'Refunded' },
};
