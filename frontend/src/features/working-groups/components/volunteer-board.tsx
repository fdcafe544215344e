'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { Board } from '@/components/board';
import { asSubject, useAppAbility } from '@/lib/ability';
import { useFormat, useT } from '@/lib/i18n/provider';
import { notifyError, notifySuccess } from '@/lib/notify';
import { groupsApi } from '../api';
import { PIPELINE_STAGES, type BoardCard, type PipelineStage, type WorkingGroup } from '../types';
import { WelcomeModal } from './welcome-modal';

interface Props {
  group: WorkingGroup;
  cards: BoardCard[];
  onCards: (cards: BoardCard[]) => void;
  /** After a move, the group's counts change: the page reloads them. */
  onMoved: () => void;
}

/** The volunteers of a group by pipeline stage; a card moves by drag and drop (mouse or keyboard) or its stage menu. */
export function VolunteerBoard({ group, cards, onCards, onMoved }: Props) {
  const t = useT();
  const ability = useAppAbility();
  const canMove = ability.can('update', asSubject('GroupVolunteer', { groupId: group.id }));
  const [welcoming, setWelcoming] = useState<BoardCard>();
  const name = (card: BoardCard) => `${card.firstName} ${card.lastName}`;
  /** Without `options`, a move to "welcomed" first asks about the welcome email. */
  const move = async (
    card: BoardCard,
    stage: PipelineStage,
    options?: { sendWelcomeEmail: boolean; note: string | null },
  ) => {
    if (card.stage === stage) return;
    if (stage === 'welcomed' && !options) {
      setWelcoming({ ...card });
      return;
    }
    const before = cards;
    onCards(cards.map((c) => (c.id === card.id ? { ...c, stage } : c)));
    try {
      const saved = await groupsApi.move(group.id, card.id, { stage, ...options });
      onCards(before.map((c) => (c.id === card.id ? saved : c)));
      if (saved.welcomeEmailSent) notifySuccess(t('groups.welcome.sent', { name: name(card) }));
      else notifySuccess(t('groups.board.moved', { name: name(card), stage: t(`pipeline.${stage}`) }));
      onMoved();
    } catch (error) {
      onCards(before);
      notifyError(t, error);
      throw error;
    }
  };

  return (
    <>
      <Board
        columns={PIPELINE_STAGES}
        columnLabel={(stage) => t(`pipeline.${stage}`)}
        items={cards}
        itemId={(card) => card.id}
        itemName={name}
        columnOf={(card) => card.stage}
        canMove={() => canMove}
        onMove={(card, stage) => void move(card, stage).catch(() => undefined)}
        title={(card) => (
          <Anchor component={Link} href={`/volunteers/${card.personId}`} fw={600} size="sm">
            {name(card)}
          </Anchor>
        )}
        details={(card) => <CardDetails card={card} group={group} />}
        testId="volunteer-board"
        cardTestId="volunteer-card"
      />
      {welcoming && (
        <WelcomeModal
          group={group}
          card={welcoming}
          onClose={() => setWelcoming(undefined)}
          onConfirm={(options) => move(welcoming, 'welcomed', options).then(() => setWelcoming(undefined))}
        />
      )}
    </>
  );
}

function CardDetails({ card, group }: { card: BoardCard; group: WorkingGroup }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      {card.overdue && (
        <Group gap={4} mt={4} wrap="nowrap" c="red.8" data-testid="card-overdue">
          <IconClockExclamation size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="xs" fw={600} c="red.8">
            {t('groups.board.overdue', { days: group.welcomeWithinDays })}
          </Text>
        </Group>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('groups.board.arrived', { date: format.date(card.createdAt) })}
        {card.hoursPerMonth ? ` · ${t('groups.board.hours', { hours: card.hoursPerMonth })}` : ''}
      </Text>
      {card.skills.length > 0 && (
        <Group gap={4} mt={4}>
          {card.skills.slice(0, 3).map((skill) => (
            <Badge key={skill} size="xs" variant="outline" color="gray" tt="none">
              {skill}
            </Badge>
          ))}
        </Group>
      )}
    </>
  );
}
