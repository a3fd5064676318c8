// Short messages for the user (discarded storage, engine fallback, bad uploads).
import { createStore, useStore } from 'zustand';

export interface Notice {
  id: number;
  text: string;
}

interface NoticesState {
  notices: Notice[];
  dismiss(id: number): void;
}

let nextId = 1;

export const noticesStore = createStore<NoticesState>()((set) => ({
  notices: [],
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export function pushNotice(text: string): void {
  const notice = { id: nextId++, text };
  noticesStore.setState((s) => ({ notices: [...s.notices, notice] }));
}

export function useNotices<T>(select: (s: NoticesState) => T): T {
  return useStore(noticesStore, select);
}
