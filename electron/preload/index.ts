/**
 * The sandboxed preload: the only bridge between the renderer and main. It exposes named methods,
 * one per channel of `INVOKE_CHANNELS`, and one listener for menu commands, never `ipcRenderer`
 * itself, so a compromised page can call exactly these methods and nothing else. Built as
 * CommonJS (`dist-electron/preload.cjs`) because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  INVOKE_CHANNELS,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
  type TandemBridge,
} from '../shared/ipc-contract';

function isMenuCommand(value: unknown): value is MenuCommand {
  return MENU_COMMANDS.some((command) => command === value);
}

const bridge = {
  appInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, request),
  listDisplays: () => ipcRenderer.invoke(INVOKE_CHANNELS.listDisplays),
  setLanguage: (language) => ipcRenderer.invoke(INVOKE_CHANNELS.setLanguage, language),
  writeBackup: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(INVOKE_CHANNELS.listBackups),
  readBackup: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.readBackup, id),
  onMenuCommand: (listener) => {
    // The IPC event is never handed to the page: it carries `sender`, i.e. ipcRenderer.
    const onMessage = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onMessage);
    };
  },
} satisfies TandemBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
