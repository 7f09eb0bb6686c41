// Registers every tag. Safe to import more than once (and beside the one-file bundle).
import './access-key-section/define.js';
import './access-key-bar/define.js';
import './generate-key-dialog/define.js';
import './reveal-key-dialog/define.js';
import './remove-key-dialog/define.js';
import './key-limit-dialog/define.js';
import './regenerate-key-dialog/define.js';
import './rename-key-dialog/define.js';
import './remove-expired-keys-dialog/define.js';
