/** @jsxImportSource react */
/** The single-page app: one route per page, Fusion Next in the UI language. */
import { useEffect } from 'react';
import { ConfigProvider, NEXT_LOCALES } from './next';
import type { DemoStore } from '../store/types';
import { Layout } from './layout';
import { useRoute } from './router';
import { TEXT } from './i18n';
import { Home } from './pages/home';
import { LogisticsPerformance } from './pages/logistics-performance';
import { TrackingDetail } from './pages/tracking-detail';
import { Orders } from './pages/orders';
import { OrdersLive } from './pages/orders-live';
import { OrderDetail } from './pages/order-detail';
import { OrderDetailLive } from './pages/order-detail-live';
import { ExpressDetail } from './pages/express-detail';
import { DisputeCenter } from './pages/dispute-center';
import { StarLevel } from './pages/star-level';
import { ProductRadar } from './pages/product-radar';
import { LogisticsProof } from './pages/logistics-proof';

export function App(props: { store: DemoStore }) {
  const route = useRoute();
  const { store } = props;
  const { lang } = route;
  const orderId = route.query.get('order') ?? route.query.get('orderId') ?? route.query.get('id');
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  const page = (() => {
    switch (route.path) {
      case '/logistics-performance': return <LogisticsPerformance store={store} lang={lang} />;
      case '/tracking-detail': return <TrackingDetail store={store} lang={lang} orderId={orderId} />;
      case '/orders': return <Orders store={store} lang={lang} />;
      case '/ta/list/scene/mainList.htm': return <OrdersLive store={store} lang={lang} />;
      case '/order-detail': return <OrderDetail store={store} lang={lang} orderId={orderId} />;
      case '/ta/detail.htm': return <OrderDetailLive store={store} lang={lang} orderId={orderId} />;
      case '/dispute-center': return <DisputeCenter store={store} lang={lang} />;
      case '/star-level': return <StarLevel store={store} lang={lang} />;
      case '/product-radar': return <ProductRadar store={store} lang={lang} />;
      case '/logistics-proof': return <LogisticsProof store={store} lang={lang} orderId={orderId} />;
      default: return <Home store={store} lang={lang} />;
    }
  })();
  useEffect(() => {
    document.title = `${TEXT[lang].portal} (${TEXT[lang].demo})`;
  }, [lang]);
  // The logistics page is shown inside the order detail's iframe: no header and menu of its own.
  if (route.path === '/luyou/express/detail.htm') return <ExpressDetail store={store} lang={lang} orderId={orderId} />;
  // Keyed by path and order so that a page's state (pagination, dialogs) resets on navigation.
  return (
    <ConfigProvider locale={NEXT_LOCALES[lang]}>
      <Layout store={store} route={route}>
        <div key={`${route.path}?${orderId ?? ''}`}>{page}</div>
      </Layout>
    </ConfigProvider>
  );
}
