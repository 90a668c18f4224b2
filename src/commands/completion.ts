import type { Command } from 'commander';
import { CliError, EXIT } from '../errors.js';
import type { CommandContext } from '../shell/context.js';

interface CommandInfo {
  name: string;
  options: string[];
  takesSet: boolean;
}

/** `cs-drill completion <shell>`: a completion script generated from the command surface itself. */
export async function completion(
  ctx: CommandContext,
  shell: string,
  program: Command,
): Promise<number> {
  const globals = program.options
    .map((o) => o.long ?? '')
    .filter((o) => o !== '' && o !== '--version');
  const commands: CommandInfo[] = program.commands.map((c) => ({
    name: c.name(),
    // A command's subcommands' options too: `history` lists through its default `history list`.
    options: [
      ...new Set([
        ...[c, ...c.commands].flatMap((x) => x.options.map((o) => o.long ?? o.short ?? '')),
        ...globals,
        '--help',
      ]),
    ].filter(Boolean),
    takesSet: c.registeredArguments[0]?.name() === 'set',
  }));
  const render = { bash, zsh, fish }[shell as 'bash' | 'zsh' | 'fish'];
  if (!render)
    throw new CliError({
      code: 'unknown-shell',
      message: `no completion for "${shell}"`,
      hint: 'choose bash, zsh or fish',
    });
  ctx.stdout.write(render(commands, globals));
  return EXIT.ok;
}

function bash(commands: CommandInfo[], globals: string[]): string {
  const cases = commands.map((c) => `    ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
  const setCommands = commands
    .filter((c) => c.takesSet)
    .map((c) => c.name)
    .join('|');
  return `# cs-drill completion for bash. Load it with:  source <(cs-drill completion bash)
_cs_drill() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}" opts=""
  if [[ \${COMP_CWORD} -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version ${globals.join(' ')}" -- "$cur") )
    return
  fi
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    return
  fi
  case "$cmd" in
    ${setCommands || '__none__'})
      if [[ \${COMP_CWORD} -eq 2 ]]; then
        COMPREPLY=( $(compgen -W "$(cs-drill list --ids 2>/dev/null)" -- "$cur") $(compgen -f -- "$cur") )
        return
      fi ;;
  esac
  COMPREPLY=( $(compgen -f -- "$cur") )
}
complete -F _cs_drill cs-drill
`;
}

function zsh(commands: CommandInfo[], globals: string[]): string {
  return `# cs-drill completion for zsh. Load it with:  source <(cs-drill completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(commands, globals).split('\n').slice(1).join('\n')}`;
}

function fish(commands: CommandInfo[], globals: string[]): string {
  const lines = [
    '# cs-drill completion for fish. Load it with:  cs-drill completion fish | source',
    'complete -c cs-drill -f',
    `complete -c cs-drill -n '__fish_use_subcommand' -a '${commands.map((c) => c.name).join(' ')}'`,
    ...globals.map((o) => `complete -c cs-drill -n '__fish_use_subcommand' -l ${o.slice(2)}`),
  ];
  for (const c of commands) {
    for (const o of c.options.filter((o) => o.startsWith('--')))
      lines.push(
        `complete -c cs-drill -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}`,
      );
  }
  const setCommands = commands.filter((c) => c.takesSet).map((c) => c.name);
  if (setCommands.length)
    lines.push(
      `complete -c cs-drill -n '__fish_seen_subcommand_from ${setCommands.join(' ')}' -a '(cs-drill list --ids 2>/dev/null)'`,
    );
  return `${lines.join('\n')}\n`;
}
