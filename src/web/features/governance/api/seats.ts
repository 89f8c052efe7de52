import { apiFetch } from '../../../lib/api';
import { programmeBase } from './types';

export interface SeatInput {
  personId: string | null;
  role: string;
  organisationIds: string[];
  note?: string | null;
}

export const addSeat = (programme: string, bodyId: string, seat: SeatInput) =>
  apiFetch<{ id: string }>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}/seats`, {
    method: 'POST',
    body: JSON.stringify(seat),
  });
export const removeSeat = (programme: string, bodyId: string, seatId: string) =>
  apiFetch<null>(`${programmeBase(programme)}/bodies/${encodeURIComponent(bodyId)}/seats/${encodeURIComponent(seatId)}`, {
    method: 'DELETE',
  });
