import { render } from 'preact';

render(<p>StarGuard</p>, document.getElementById('app')!);
