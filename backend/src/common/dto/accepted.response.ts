/** A public form's answer: the same whatever happened behind. */
export class AcceptedResponse {
  ok: boolean;
}
