import player from './present/player'
import slides from './present/slides'
import display from './present/display'
import handout from './present/handout'

/** The presentation namespace, merged from the files its three parts own. */
export default { present: { ...player, ...slides, ...display, ...handout } }
