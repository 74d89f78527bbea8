/** The recent-plans list of the start screen, and the web host's plans folder (issue 19). */
export default {
  notKept: '“{name}” is not a plan this host saved; open it with Open file.',
  title: 'Recent plans',
  hintBrowser: 'Plans saved from this browser: the host keeps a copy of each in its own folder.',
  hintDesktop: 'Plans you opened or saved last.',
  open: 'Open {name}',
  savedAt: '{date}',
  clear: 'Clear list'
}
