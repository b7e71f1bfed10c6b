import { render } from 'preact';
import '../../components/theme.css';
import '../../components/policy/policy.css';
import { Markdown } from '../../components/privacy/Markdown';
// The repository's PRIVACY.md itself, bundled as text: one source for both (issue 14, point 3).
import privacy from '../../PRIVACY.md?raw';

render(<Markdown text={privacy} />, document.getElementById('app')!);
