package be.brussels.pan.contract.diagnosis;

/** Answer to "Can you send an e-mail…" and "Can you complete an online procedure…", best first. */
public enum Ability { ALONE, WITH_HELP, CANNOT }
