# bash completion for fourmi: source it from ~/.bashrc (. /path/to/bin/completion/fourmi.bash).
# Activity codes come from the server (fourmi activities) when it can be reached.
_fourmi() {
  local cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]:-}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "in switch out status week month report sync queue activities --json" -- "$cur"))
    return
  fi
  case "$cmd" in
    in|switch) COMPREPLY=($(compgen -W "$(FOURMI_TIMEOUT=2 fourmi activities 2>/dev/null)" -- "$cur")) ;;
    report) COMPREPLY=($(compgen -W "--from --to --json" -- "$cur")) ;;
    queue) COMPREPLY=($(compgen -W "drop --json" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "--json" -- "$cur")) ;;
  esac
}
complete -F _fourmi fourmi
